"""One module per command-line command; each has add_arguments(parser) and run(args) -> int."""
