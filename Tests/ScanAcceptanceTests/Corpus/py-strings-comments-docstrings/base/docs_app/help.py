TITLE = "Performance tips"
