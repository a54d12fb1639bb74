"""The customer card: the dialog, and a widget per part (about, contacts and addresses, consent,
family links, loyalty, purchases and history)."""
