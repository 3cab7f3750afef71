"""Shared building blocks of every CPD service: settings, logging, gRPC server, auth, db, events."""
