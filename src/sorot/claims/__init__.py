"""Numeric claims: Indonesian number parsing (`numbers`) and claim extraction (`extract`)."""

from sorot.claims.extract import Claim, extract_claims
from sorot.claims.numbers import Quantity, parse_number

__all__ = ["Claim", "Quantity", "extract_claims", "parse_number"]
