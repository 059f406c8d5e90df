"""Background jobs of the Northwind support service: titles, weekly summaries and the escalation check."""
