"""Statistical named-entity recognition (PER/ORG/LOC) for Indonesian news: a CRF trained
with our own code on idner-news-2k, NER-UGM and NERGrit (see MODEL_CARD.md)."""
