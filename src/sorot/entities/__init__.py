"""Entities: the actor knowledge base (states, regions, organisations, media, people) and the
`actors` stage that finds them in articles (aliases, office titles, titles before names, coreference)."""
