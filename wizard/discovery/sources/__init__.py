"""One module per discovery source; parsing lives in wizard.parsers."""
