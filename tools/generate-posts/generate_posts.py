#!/usr/bin/env python3
"""Writes N synthetic posts as JSONL (formats.md) for measuring `bbconduct scan`.

Deterministic (seeded), about 200 characters of text per post, a mix of ordinary school posts and ones that
break the code of conduct (swearing, insults, phone numbers, threats), with authors, channels and dates.
No real people: names are made up from short lists.

    python3 tools/generate-posts/generate_posts.py 1000000 > posts.jsonl
"""
import json
import random
import sys

OPENERS = [
    "Great match today against the visitors, the Year 9 team played brilliantly",
    "Reminder that the library is open late on Thursday for coursework catch-up",
    "Loved the art exhibition in the main hall, the sculptures were amazing",
    "Anyone else revising for the chemistry mock next week",
    "The choir concert raised money for the local food bank",
    "Bus was late again this morning so we missed registration",
    "Sports day photos are up on the noticeboard outside reception",
    "Can't believe how much homework we got this weekend",
]
EXTRAS = [
    "and the coach said we should be proud of ourselves.",
    "so bring your planners and a pencil case.",
    "which was honestly the best thing this term.",
    "but the canteen queue was ridiculous again.",
    "you are a fucking idiot if you missed it.",
    "shut up you stupid loser, nobody asked you.",
    "text me on 07700 900123 if you want the notes.",
    "I will smash his face in if he says that again.",
    "thanks to everyone who helped set up the hall.",
    "see you all there at half past three.",
]
NAMES = ["Sam", "Alex", "Jo", "Priya", "Tom", "Aisha", "Ben", "Mia", "Leo", "Zara"]
ROLES = ["student", "student", "student", "staff", "parent", "other"]
CHANNELS = ["social", "social", "comment", "blog", "direct", "school"]


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    rng = random.Random(20250101)
    out = sys.stdout
    for i in range(count):
        text = f"{rng.choice(OPENERS)} {rng.choice(EXTRAS)}"
        while len(text) < 190:
            text += " " + rng.choice(EXTRAS)
        post = {
            "id": f"p{i}",
            "text": text[:220],
            "author": {"name": f"{rng.choice(NAMES)} {chr(65 + rng.randrange(26))}.", "role": rng.choice(ROLES)},
            "channel": rng.choice(CHANNELS),
            "createdAt": f"2025-{1 + rng.randrange(12):02d}-{1 + rng.randrange(28):02d}T{rng.randrange(24):02d}:{rng.randrange(60):02d}:00Z",
        }
        out.write(json.dumps(post, ensure_ascii=False, separators=(",", ":")))
        out.write("\n")


if __name__ == "__main__":
    main()
