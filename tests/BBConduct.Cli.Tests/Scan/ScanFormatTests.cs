using BBConduct.Cli.Input;

namespace BBConduct.Cli.Tests.Scan;

public sealed class ScanFormatTests
{
    private static string F(string name) => TestPaths.Fixture(name);

    [Fact]
    public void Jsonl_yields_one_result_per_nonblank_line_with_errors_for_bad_lines()
    {
        var run = ScanRun.Of(F("jsonl/posts.jsonl"));

        Assert.Equal(["j1", "j2", "4", "j4"], run.Ids);
        Assert.Equal(["allow", "block", "review", "review"], run.Results.Select(ScanRun.Verdict));
        Assert.Equal("malformed-json", ScanRun.ErrorCode(run.Results[2]));
        Assert.Equal("missing-text", ScanRun.ErrorCode(run.Results[3]));
        Assert.Equal(1, run.Exit);
    }

    [Fact]
    public void Csv_reads_quoted_multiline_fields_and_an_unclosed_quote_fails_only_its_row()
    {
        var run = ScanRun.Of(F("csv/posts.csv"));

        Assert.Equal(["c1", "c2", "3", "4", "c5", "c6"], run.Ids);
        Assert.Equal("missing-column", ScanRun.ErrorCode(run.Results[2]));
        Assert.Equal("unclosed-quote", ScanRun.ErrorCode(run.Results[3]));
        Assert.Contains("posts.csv:6", run.Results[3].GetProperty("error").GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("block", ScanRun.Verdict(run.Results[4]));
    }

    [Fact]
    public void Csv_columns_are_guessed_from_common_names()
    {
        var record = Read(F("csv/posts.csv"), InputFormat.Csv)[1];

        Assert.Equal("Multi\nline, with a comma", record.Post!.Text);
        Assert.Equal("Ben", record.Post.Author!.Name);
        Assert.Equal(Rules.Posts.Role.Staff, record.Post.Author.Role);
        Assert.Equal("https://s.example/2", record.Post.Url);
        Assert.Equal(new DateTimeOffset(2025, 1, 6, 0, 0, 0, TimeSpan.Zero), record.Post.CreatedAt);
    }

    [Fact]
    public void Csv_without_a_text_column_gives_an_error_per_row_and_exit_2_until_text_column_is_named()
    {
        var run = ScanRun.Of(F("csv/no-text-column.csv"));
        Assert.Equal(2, run.Results.Count);
        Assert.All(run.Results, r => Assert.Equal("missing-column", ScanRun.ErrorCode(r)));
        Assert.Equal(2, run.Exit);

        var named = ScanRun.Of(F("csv/no-text-column.csv"), "--text-column", "author");
        Assert.Equal(0, named.Exit);
        Assert.All(named.Results, r => Assert.Null(ScanRun.ErrorCode(r)));
    }

    [Fact]
    public void Plain_text_is_one_post_per_paragraph()
    {
        var records = Read(F("text/posts.txt"), InputFormat.Text);

        Assert.Equal(["First post: the trip to the museum was great.", "Second post spans\ntwo lines.", "Third post: shut up you stupid loser."], records.Select(r => r.Post!.Text));
        Assert.EndsWith("text/posts.txt:7", records[2].Location.Replace('\\', '/'), StringComparison.Ordinal);
    }

    [Fact]
    public void Facebook_posts_and_comments_are_read_with_mojibake_repaired_and_media_passed_on()
    {
        var posts = Read(F("facebook/your_facebook_activity/posts/your_posts_1.json"), null);
        var comments = Read(F("facebook/your_facebook_activity/comments_and_reactions/comments.json"), null);

        Assert.Equal(3, posts.Count);
        Assert.Equal("Great trip to the café with the choir 😀", posts[0].Post!.Text);
        var media = Assert.Single(posts[0].Post!.Attachments);
        Assert.EndsWith("your_facebook_activity/posts/media/TripAlbum/10001.jpg", media.Path.Replace('\\', '/'), StringComparison.Ordinal);
        Assert.Equal("Café stop", media.AltText);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1709290800), posts[0].Post!.CreatedAt);
        Assert.Equal("https://news.example/school-fair", posts[2].Post!.Url);

        Assert.Equal(2, comments.Count);
        Assert.Equal(Rules.Posts.Channel.Comment, comments[0].Post!.Channel);
        Assert.Equal("Sam Example", comments[0].Post!.Author!.Name);
        Assert.Equal("See you at the concert! 🎶", comments[1].Post!.Text);
        Assert.Contains("$.comments_v2[1]", comments[1].Location, StringComparison.Ordinal);
    }

    [Fact]
    public void Instagram_posts_and_comments_are_read()
    {
        var posts = Read(F("instagram/your_instagram_activity/content/posts_1.json"), null);
        var comments = Read(F("instagram/your_instagram_activity/comments/post_comments_1.json"), null);

        Assert.Equal(["Sports day — what a day!", "Our new team kit, what a load of shit"], posts.Select(p => p.Post!.Text));
        Assert.Equal(2, posts[1].Post!.Attachments.Count);
        Assert.Equal(["You are so ugly, nobody likes you", "Congrats 👏"], comments.Select(c => c.Post!.Text));
        Assert.All(comments, c => Assert.Equal(Rules.Posts.Channel.Comment, c.Post!.Channel));
    }

    [Fact]
    public void Twitter_archive_is_read_past_its_javascript_prefix()
    {
        var tweets = Read(F("twitter/data/tweets.js"), null);

        Assert.Equal(["1700000000000000001", "1700000000000000002", "1700000000000000003"], tweets.Select(t => t.Post!.Id));
        Assert.Equal("Proud of our debate team & their coach tonight", tweets[0].Post!.Text);
        Assert.Equal(Rules.Posts.Channel.Comment, tweets[1].Post!.Channel);
        Assert.Equal(new DateTimeOffset(2023, 9, 11, 11, 0, 0, TimeSpan.Zero), tweets[2].Post!.CreatedAt);
        Assert.Equal("https://x.com/i/web/status/1700000000000000003", tweets[2].Post!.Url);
        Assert.EndsWith("tweets_media/1700000000000000003-F1abc.jpg", tweets[2].Post!.Attachments[0].Path.Replace('\\', '/'), StringComparison.Ordinal);
    }

    [Fact]
    public void Wordpress_export_yields_posts_pages_and_comments_but_not_attachments()
    {
        var records = Read(F("wordpress/blog.xml"), null);

        Assert.Equal(["post-11", "comment-5", "comment-6", "post-2"], records.Select(r => r.Post!.Id));
        Assert.Equal(Rules.Posts.Channel.Blog, records[0].Post!.Channel);
        Assert.StartsWith("My week at school\n\nThis week at school the headteacher made a terrible decision & I think", records[0].Post!.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("<p>", records[0].Post!.Text, StringComparison.Ordinal);
        Assert.Equal("our crest", Assert.Single(records[0].Post!.Attachments).AltText);
        Assert.Equal("https://blog.example/2025/03/my-week/#comment-6", records[2].Post!.Url);
        Assert.Equal("Anon", records[2].Post!.Author!.Name);
    }

    [Fact]
    public void Scanning_a_folder_reads_every_recognised_file_in_path_order()
    {
        var run = ScanRun.Of(F("facebook"));

        Assert.Equal(5, run.Results.Count);
        Assert.All(run.Results, r => Assert.Null(ScanRun.ErrorCode(r)));
        Assert.Equal(1, run.Exit);
    }

    [Fact]
    public void Format_can_be_forced_and_unknown_files_are_usage_errors()
    {
        Assert.Equal(3, ScanRun.Of(F("text/posts.txt"), "--format", "text").Results.Count);
        var unknown = ScanRun.Of(F("wordpress/blog.xml"), "--format", "nonsense");
        Assert.Equal(2, unknown.Exit);
        Assert.Contains("--format", unknown.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Min_severity_and_category_filter_findings_and_recompute_verdicts()
    {
        var all = ScanRun.Of(F("twitter/data/tweets.js"));
        var blockOnly = ScanRun.Of(F("twitter/data/tweets.js"), "--min-severity", "block");
        var profanity = ScanRun.Of(F("twitter/data/tweets.js"), "--category", "Profanity");

        Assert.Contains("Profanity", ScanRun.Categories(all.Results[1]));
        Assert.DoesNotContain("Profanity", ScanRun.Categories(blockOnly.Results[1]));
        Assert.All(profanity.Results.SelectMany(ScanRun.Categories), c => Assert.Equal("Profanity", c));
        Assert.Equal("review", ScanRun.Verdict(profanity.Results[1]));
        Assert.Equal(3, blockOnly.Results.Count);
    }

    internal static List<InputRecord> Read(string path, InputFormat? format) =>
        [.. new RecordSource(format, new CsvColumns(), new ScanCounters()).Read([(path, false)])];
}
