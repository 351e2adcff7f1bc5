namespace BBConduct.Cli.Input;

/// <summary>The kinds of input <c>scan</c> reads.</summary>
internal enum InputFormat
{
    /// <summary>JSON Lines posts (formats.md).</summary>
    Jsonl,

    /// <summary>A JSON array of posts (formats.md).</summary>
    Json,

    /// <summary>CSV with a header row.</summary>
    Csv,

    /// <summary>Plain text, one post per paragraph.</summary>
    Text,

    /// <summary>Facebook "Download Your Information" JSON (posts and comments).</summary>
    Facebook,

    /// <summary>Instagram export JSON (posts and comments).</summary>
    Instagram,

    /// <summary>X/Twitter archive <c>tweets.js</c>.</summary>
    Twitter,

    /// <summary>WordPress WXR export of a blog.</summary>
    Wxr,
}
