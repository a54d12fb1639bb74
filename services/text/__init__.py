"""Text as people write it: names folded and transliterated, dates with or without a year, phones
and e-mails, postal addresses, placeholders."""
