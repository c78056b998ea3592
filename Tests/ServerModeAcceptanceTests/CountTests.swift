import Foundation
import Testing

/// A Django app served by gunicorn and driven by `http:` steps: each request's
/// `queries_per_request` equals Django's own count of that request's queries, at every scale.
@Suite(.enabled(if: Gunicorn.available, Gunicorn.skipMessage))
struct CountTests {
    let scales = [1, 10, 100]

    /// `GET /orders` is an N+1 (one query per order: 1 + 10 × scale), `GET /orders/fixed` its
    /// `select_related` fix (1 query).
    @Test func nPlusOneOverHTTPIsLinearAndItsFixConstant() throws {
        let project = try Project()
        defer {
            project.stopLeftoverServers()
            project.remove()
        }
        try project.write(
            ShopScenario.yaml(
                "orders-over-http", server: ShopScenario.shopServer(project), steps: "    - http: GET /orders"
            ),
            to: "scenarios/orders.bad.yml")
        try project.write(
            ShopScenario.yaml(
                "orders-over-http-fixed", server: ShopScenario.shopServer(project),
                steps: "    - http: GET /orders/fixed"),
            to: "scenarios/orders.fixed.yml")
        let run = try project.hf(["run", "scenarios", "--out", "report.json"])
        #expect(run.exitCode == 0, "\(run.log)")
        let report = try Report(file: project.url.appendingPathComponent("report.json"))

        for (name, path, perOrder) in [
            ("orders-over-http", "/orders", 1), ("orders-over-http-fixed", "/orders/fixed", 0),
        ] {
            let django = project.djangoCounts(paths: [path])
            #expect(
                django.count == scales.count,
                "\(path): served by \(django.count) server processes, one per scale expected")
            for (index, scale) in scales.enumerated() {
                let expected = 1 + perOrder * ShopScenario.ordersAtScaleOne * scale
                let counted = index < django.count ? django[index].map { $0[0].queries } : []
                #expect(
                    counted.count >= 3 && counted.allSatisfy { $0 == expected },
                    "Django counted \(counted) at \(scale)x for \(path)")
                let queries = report.queries(name, scale)
                #expect(
                    queries.mean == Double(expected) && queries.max == Double(expected),
                    "\(name) at \(scale)x: \(queries), Django \(expected)")
            }
            #expect(
                report.growthClass(name, "queries_per_request") == (perOrder == 1 ? "linear" : "constant"))
        }
        // The server gets HUNDREDFOLD_DB and a DATABASE_URL naming the same database.
        let booted = project.serverEnvironments
        #expect(booted.count == 2 * scales.count, "one server boot per scale and scenario: \(booted)")
        for environment in booted {
            let database = environment["HUNDREDFOLD_DB"] ?? nil
            let url = environment["DATABASE_URL"] ?? nil
            #expect(database != nil && url != nil && url!.contains(database!), "\(environment)")
        }
        #expect(project.serversStillRunning.isEmpty, "still running: \(project.serversStillRunning)")
        #expect(project.leftoverDatabases.isEmpty, "left in TMPDIR: \(project.leftoverDatabases)")
    }

    /// `request_ms` is the wall time at the client, so it holds the database time `latency_ms`.
    @Test func requestTimeIsReportedBesideDatabaseTime() throws {
        let project = try Project()
        defer {
            project.stopLeftoverServers()
            project.remove()
        }
        try project.write(
            ShopScenario.yaml(
                "orders-timed", server: ShopScenario.shopServer(project), steps: "    - http: GET /orders",
                requests: 5, scales: [1, 10]),
            to: "orders.yml")
        let run = try project.hf(["run", "orders.yml", "--out", "report.json"])
        #expect(run.exitCode == 0, "\(run.log)")
        let report = try Report(file: project.url.appendingPathComponent("report.json"))
        for scale in [1, 10] {
            let request = report.percentiles("orders-timed", scale, "request_ms")
            let database = report.percentiles("orders-timed", scale, "latency_ms")
            #expect(
                Set(request.keys).isSuperset(of: ["p50", "p95", "p99"]), "request_ms at \(scale)x: \(request)"
            )
            #expect(
                Set(database.keys).isSuperset(of: ["p50", "p95", "p99"]),
                "latency_ms at \(scale)x: \(database)")
            let (p50, p95, p99) = (request["p50"] ?? 0, request["p95"] ?? 0, request["p99"] ?? 0)
            #expect(p50 > 0 && p50 <= p95 && p95 <= p99, "request_ms at \(scale)x: \(request)")
            #expect(
                p50 >= (database["p50"] ?? .infinity),
                "request_ms p50 \(p50) below the database's \(database)")
        }
    }

    /// `{customer_id}` in a path and in a POST form body, with headers (the app answers 403
    /// without `X-Api-Key`, 400 without the form): per request, the GET's and the POST's queries
    /// as Django counts them, one row written.
    @Test func parametersBodyAndHeadersReachTheAppAndCountsMatch() throws {
        let project = try Project()
        defer {
            project.stopLeftoverServers()
            project.remove()
        }
        let steps = """
                - http: GET /customers/{customer_id}/orders
                - http: POST /orders/new
                  body: customer_id={customer_id}&total=12.5
                  headers: { X-Api-Key: test-key, Content-Type: application/x-www-form-urlencoded }
            """
        let requests = 6
        try project.write(
            ShopScenario.yaml(
                "customer-orders", server: ShopScenario.shopServer(project), steps: steps, requests: requests),
            to: "customer-orders.yml")
        let run = try project.hf(["run", "customer-orders.yml", "--out", "report.json"])
        #expect(run.exitCode == 0, "\(run.log)")
        let report = try Report(file: project.url.appendingPathComponent("report.json"))
        let django = project.djangoCounts(paths: ["/customers/{id}/orders", "/orders/new"])
        #expect(
            django.count == scales.count, "served by \(django.count) server processes, one per scale expected"
        )
        for (index, scale) in scales.enumerated() where index < django.count {
            let measured = Array(django[index].suffix(requests))
            #expect(measured.count == requests, "Django saw \(measured.count) requests at \(scale)x")
            #expect(
                measured.allSatisfy { $0[0].status == 200 && $0[1].method == "POST" && $0[1].status == 201 },
                "\(measured)")
            #expect(
                measured.allSatisfy { $0[1].queries == 2 }, "a POST is one SELECT and one INSERT: \(measured)"
            )
            let perRequest = measured.map { Double($0[0].queries + $0[1].queries) }
            let mean = perRequest.reduce(0, +) / Double(max(perRequest.count, 1))
            let queries = report.queries("customer-orders", scale)
            #expect(
                queries.max == perRequest.max(), "max at \(scale)x: report \(queries), Django \(perRequest)")
            #expect(
                abs((queries.mean ?? -1) - mean) < 0.01,
                "mean at \(scale)x: report \(queries), Django \(perRequest)")
            let written = number(report.scale("customer-orders", scale)?["rows_written_per_request"])
            #expect(
                written == 1,
                "one order inserted per request at \(scale)x: \(written.map { "\($0)" } ?? "absent")")
        }
        #expect(project.serversStillRunning.isEmpty, "still running: \(project.serversStillRunning)")
        #expect(project.leftoverDatabases.isEmpty, "left in TMPDIR: \(project.leftoverDatabases)")
    }
}
