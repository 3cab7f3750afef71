"""The provider CLI: streams result files to credits-svc and issues event codes."""
