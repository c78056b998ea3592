class Onboarding
  def call(user, project_ids)
    project_ids.each do |project_id|
      user.memberships.create(project_id: project_id, role: "developer")
    end
    user.update!(onboarded_at: Time.current)
  end
end
