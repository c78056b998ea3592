class JournalsController < ApplicationController
  before_action :find_issue

  def index
    @journals = @issue.journals
                      .includes(:user)
                      .where.not(notes: [nil, ""])
                      .reorder(created_on: :asc)
  end

  private

  def find_issue
    @issue = Issue.find(params[:issue_id])
  end
end
