"""pk-regional-svc: the regional model of teachers' training (municipalities first)."""
