class MemberListPresenter
  include AvatarHelper

  def initialize(members)
    @members = members
  end

  def as_json(*)
    @members.map { |m| { id: m.id, name: m.name } }
  end
end
