from tests.fixtures.servers import Dovecot


def test_dovecot_accepts_append_and_search(dovecot: Dovecot) -> None:
    dovecot.append(b"From: a@b.cn\r\nSubject: hi\r\n\r\nbody\r\n")
    with dovecot.client() as c:
        assert len(c.search("ALL")) == 1
