import os

SUMMARY_MODEL = "claude-haiku-4-5"
TITLE_MODEL = "gpt-4o-mini"
ESCALATION_PROVIDER = os.getenv("ESCALATION_PROVIDER", "openai")
