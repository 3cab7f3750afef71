"""The GraphQL schema: types, queries and the protective extensions."""
