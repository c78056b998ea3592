class Presence
  TTL = 60

  def initialize(redis: Redis.new(url: ENV.fetch("REDIS_URL")))
    @redis = redis
  end

  def touch(user_id)
    @redis.set("presence:#{user_id}", Time.now.to_i, ex: TTL)
  end
end
