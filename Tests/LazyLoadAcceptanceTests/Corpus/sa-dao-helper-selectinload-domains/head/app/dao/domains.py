from itertools import chain

from app.dao.organisations import dao_get_organisations


def dao_get_domain_names():
    organisations = dao_get_organisations()
    return [domain.domain for domain in chain.from_iterable(org.domains for org in organisations)]
