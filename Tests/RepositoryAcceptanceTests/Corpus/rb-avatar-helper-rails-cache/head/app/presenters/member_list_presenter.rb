class MemberListPresenter
  include AvatarHelper

  def initialize(members)
    @members = members
  end

  def as_json(*)
    rows = []
    @members.each do |m|
      rows << { id: m.id, name: m.name, avatar: avatar_url_for(m) }
    end
    rows
  end
end
