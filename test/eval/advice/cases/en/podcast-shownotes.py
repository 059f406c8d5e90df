import anthropic

client = anthropic.Anthropic()


def podcast_shownotes(transcript: str):
    message = client.messages.create(
        model="claude-opus-4-1-20250805",
        max_tokens=700,
        temperature=0.3,
        system="Write show notes: a 2-sentence summary, 5 key takeaways and timestamps for topics.",
        messages=[{"role": "user", "content": transcript}],
    )
    return message.content[0].text.strip()
