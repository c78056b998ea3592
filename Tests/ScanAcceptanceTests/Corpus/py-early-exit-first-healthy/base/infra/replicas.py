REPLICAS = ["https://db-a.internal", "https://db-b.internal", "https://db-c.internal"]
