"""Builders for the development labelled set (tests/labelled/set3): documents, mail, labels."""
