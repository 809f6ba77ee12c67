"""Claim groups: the same quantity over time and by source; generic figures stay in their story."""

from __future__ import annotations

from datetime import date

from sorot.stories.claim_groups import ClaimGrouper, ClaimItem, disagreement, group_key


def group_claims(items):
    """The groups of ``items``, each a list of its claims in input order."""
    assigned = ClaimGrouper().add(items)
    groups = {}
    for claim in items:
        groups.setdefault(assigned[claim.claim_id], []).append(claim)
    return groups


def item(claim_id, value, after, states=("IRN",), date="2025-06-18", unit="persons", subject="orang", scope="s1"):
    return ClaimItem(claim_id, value, unit, subject, date, date, after, frozenset(states), scope)


def test_deaths_in_one_country_are_one_series_apart_from_injuries():
    groups = group_claims([
        item("a", 224, " tewas akibat serangan"),
        item("b", 1481, " terluka dan dirawat"),
        item("c", 585, " meninggal sejak pekan lalu", date="2025-06-20", scope="s2"),
    ])
    by_claims = sorted(sorted(c.claim_id for c in g) for g in groups.values())
    assert by_claims == [["a", "c"], ["b"]]


def test_generic_counts_and_durations_stay_within_their_story():
    groups = group_claims([
        item("a", 20, " hadir di acara itu", scope="s1"),
        item("b", 30, " hadir di acara lain", scope="s2"),
        item("c", 10, "", unit="years", subject="tahun", scope="s1"),
        item("d", 12, "", unit="years", subject="tahun", scope="s1"),
    ])
    assert sorted(sorted(c.claim_id for c in g) for g in groups.values()) == [["a"], ["b"], ["c", "d"]]


def test_a_long_silence_starts_a_new_group():
    groups = group_claims([
        item("a", 100, " tewas", date="2025-01-05"),
        item("b", 120, " tewas", date="2025-03-20"),
    ])
    assert len(groups) == 2


def test_disagreement_is_two_figures_for_one_day_more_than_ten_percent_apart():
    assert disagreement([("2025-06-18", 224), ("2025-06-18", 300)])
    assert not disagreement([("2025-06-18", 224), ("2025-06-18", 230), ("2025-06-19", 400)])
    (group,) = group_claims([item("a", 224, " tewas"), item("b", 400, " tewas")]).values()
    assert disagreement((c.date, c.value) for c in group)


def test_group_ids_come_from_the_claims_not_from_set_order():
    first = group_claims([item("a", 224, " tewas", states=("IRN", "ISR")), item("b", 230, " tewas", states=("ISR", "IRN"))])
    again = group_claims([item("b", 230, " tewas", states=("IRN", "ISR")), item("a", 224, " tewas", states=("ISR", "IRN"))])
    assert list(first) == list(again) and len(first) == 1


def test_claims_added_later_regroup_their_key_as_grouping_everything_would():
    claims = [item("a", 100, " tewas", date="2025-01-05"), item("b", 1481, " terluka"),
              item("c", 120, " tewas", date="2025-03-20"), item("d", 110, " tewas", date="2025-02-20"),
              item("e", 130, " tewas", date="2024-12-20")]
    whole = {c.claim_id: group_id for group_id, g in group_claims(claims).items() for c in g}
    grouper = ClaimGrouper()
    assigned = grouper.add(claims[:3])
    # a later batch with older figures: February joins March (the January group stays apart,
    # 46 days before), and an earlier first claim renames the January group
    assigned.update(grouper.add(claims[3:]))
    assert assigned == whole and grouper.count() == 5
    assert whole["e"] == whole["a"] != whole["d"] == whole["c"] != whole["b"]


def test_a_grouper_of_the_stored_claims_of_a_key_regroups_it_as_one_that_saw_every_claim():
    early, late = item("a", 100, " tewas", date="2025-01-05"), item("c", 120, " tewas", date="2025-03-20")
    other = item("b", 1481, " terluka")
    stored = [(group_key(c), date.fromisoformat(c.date), c.claim_id) for c in (early, late)]
    added = item("d", 110, " tewas", date="2025-02-20")
    assigned = ClaimGrouper(stored).add([added])
    whole = ClaimGrouper().add([early, late, other, added])
    assert assigned == {k: v for k, v in whole.items() if k != "b"}  # the other key is not touched
