"""Mailings: who may be reached, and the e-mails sent."""
