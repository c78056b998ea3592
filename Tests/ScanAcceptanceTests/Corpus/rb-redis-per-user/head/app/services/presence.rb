class Presence
  TTL = 60

  def initialize(redis: Redis.new(url: ENV.fetch("REDIS_URL")))
    @redis = redis
  end

  def touch(user_id)
    @redis.set("presence:#{user_id}", Time.now.to_i, ex: TTL)
  end

  def online(member_ids)
    member_ids.map do |id|
      last_seen = @redis.get("presence:#{id}")
      [id, last_seen && Time.now.to_i - last_seen.to_i < TTL]
    end.to_h
  end
end
