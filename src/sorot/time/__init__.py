"""Time stage: Indonesian temporal expressions tagged and normalised to TIMEX3 values."""
