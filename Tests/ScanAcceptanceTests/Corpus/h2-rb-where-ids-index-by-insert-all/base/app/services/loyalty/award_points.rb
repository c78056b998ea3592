module Loyalty
  class AwardPoints
    POINTS_PER_EURO = 10
  end
end
