window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "id_str" : "1700000000000000001",
      "full_text" : "Proud of our debate team &amp; their coach tonight",
      "created_at" : "Sat Sep 09 18:30:00 +0000 2023",
      "entities" : { "hashtags" : [ ], "urls" : [ ] }
    }
  },
  {
    "tweet" : {
      "id_str" : "1700000000000000002",
      "full_text" : "@someone shut up you fucking moron",
      "created_at" : "Sun Sep 10 09:05:00 +0000 2023",
      "in_reply_to_status_id_str" : "1699999999999999999",
      "in_reply_to_screen_name" : "someone"
    }
  },
  {
    "tweet" : {
      "id_str" : "1700000000000000003",
      "full_text" : "Look at this https://t.co/abc",
      "created_at" : "Mon Sep 11 12:00:00 +0100 2023",
      "extended_entities" : {
        "media" : [ { "media_url_https" : "https://pbs.twimg.com/media/F1abc.jpg", "type" : "photo" } ]
      }
    }
  }
]
