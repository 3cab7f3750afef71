"""identity-svc: persons, roles and scopes, the link to the identity provider."""
