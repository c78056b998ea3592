from game.cache import cached_score


def leaderboard(users):
    return sorted(users, key=lambda u: u.name)
