class Onboarding
  def call(user, project_ids)
    user.update!(onboarded_at: Time.current)
  end
end
