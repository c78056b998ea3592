class ProjectsController < ApplicationController
  def index
    @projects = Project.active.order(:name)
  end
end
