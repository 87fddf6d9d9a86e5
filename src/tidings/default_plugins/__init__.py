"""Built-in plugins: the core's own extractors, registered through the same hooks
as any installed plugin (listed by ``tidings plugins``, disabled by name)."""
