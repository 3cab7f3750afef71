"""The GraphQL gateway: one schema over the platform's gRPC services."""
