"""Hostile input through the real command line: questions, FAQ files, concurrent writers."""
