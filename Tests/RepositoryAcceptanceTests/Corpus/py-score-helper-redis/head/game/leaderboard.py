from game.cache import cached_score


def leaderboard(users):
    scored = []
    for user in users:
        scored.append((cached_score(user.id), user))
    scored.sort(key=lambda pair: pair[0], reverse=True)
    return [user for _, user in scored]
