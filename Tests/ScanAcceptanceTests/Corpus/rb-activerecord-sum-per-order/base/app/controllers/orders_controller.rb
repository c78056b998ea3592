class OrdersController < ApplicationController
  before_action :authenticate_user!

  def index
    @orders = current_user.orders.order(created_at: :desc).limit(20)
  end

  def show
    @order = current_user.orders.find(params[:id])
  end
end
