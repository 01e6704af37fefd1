"""The store's JSON forms of facts equal what dataclasses.asdict gives, and read back."""

from __future__ import annotations

from dataclasses import asdict

from hypothesis import given
from hypothesis import strategies as st

from intake.store.serialize import contact_from_json, contact_to_json, url_to_json
from parsers.model import Contact, FieldValue, FoundUrl

values = st.builds(
    FieldValue, value=st.text(max_size=12), valid=st.booleans(), problem=st.text(max_size=8)
)
contacts = st.builds(
    Contact,
    unit=values,
    name=values,
    position=values,
    email=values,
    mobile=values,
    phone=values,
    source=st.text(max_size=12),
)
urls = st.builds(
    FoundUrl,
    url=st.text(max_size=20),
    source=st.text(max_size=8),
    context=st.text(max_size=8),
    column_score=st.floats(allow_nan=False),
)


@given(contacts)
def test_contact_json_is_asdict_and_reads_back(contact: Contact) -> None:
    data = contact_to_json(contact)
    assert data == asdict(contact) and list(data) == list(asdict(contact))
    assert contact_from_json(data) == contact


@given(urls)
def test_url_json_is_asdict(url: FoundUrl) -> None:
    assert url_to_json(url) == asdict(url)
