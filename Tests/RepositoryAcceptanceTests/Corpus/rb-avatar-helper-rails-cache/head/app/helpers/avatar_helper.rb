module AvatarHelper
  def avatar_url_for(user)
    Rails.cache.fetch("avatar-url/#{user.id}", expires_in: 1.hour) do
      user.avatar_path || "/images/default-avatar.png"
    end
  end
end
