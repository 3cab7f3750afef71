"""credits-svc: the credit ledger and the provider posting API."""
