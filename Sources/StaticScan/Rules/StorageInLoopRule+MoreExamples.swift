// MARK: - HF105 examples in Java, Kotlin, PHP, C#, Swift

extension StorageInLoopRule {
    static let moreExamples: [RuleExample] = [
        // Java
        .triggering(
            .java,
            """
            for (String key : keys) {
                byte[] b = ↓s3Client.getObjectAsBytes(req(key)).asByteArray();
            }
            """),
        .triggering(
            .java,
            """
            files.forEach(f -> ↓amazonS3.putObject(bucket, f.getName(), f));
            """),
        .triggering(
            .java,
            """
            for (BlobId id : ids) {
                byte[] data = ↓storage.readAllBytes(id);
            }
            """),
        .nonTriggering(
            .java,
            """
            ListObjectsV2Response res = s3Client.listObjectsV2(req);
            """),
        .nonTriggering(
            .java,
            """
            for (String k : List.of("a", "b")) {
                s3Client.deleteObject(del(k));
            }
            """),
        .nonTriggering(
            .java,
            """
            for (S3Object o : res.contents()) {
                System.out.println(o.key());
            }
            """),
        // Kotlin
        .triggering(
            .kotlin,
            """
            for (key in keys) {
                ↓s3Client.getObject(request(key))
            }
            """),
        .triggering(
            .kotlin,
            """
            files.forEach { ↓s3.putObject(bucket, it.name, it) }
            """),
        .triggering(
            .kotlin,
            """
            ids.map { id -> ↓storage.readAllBytes(id) }
            """),
        .nonTriggering(
            .kotlin,
            """
            val res = s3Client.listObjectsV2(req)
            """),
        .nonTriggering(
            .kotlin,
            """
            listOf("a", "b").forEach { s3Client.deleteObject(del(it)) }
            """),
        .nonTriggering(
            .kotlin,
            """
            res.contents().forEach { println(it.key()) }
            """),
        // PHP
        .triggering(
            .php,
            """
            foreach ($keys as $key) {
                $obj = ↓$s3->getObject(['Bucket' => $bucket, 'Key' => $key]);
            }
            """),
        .triggering(
            .php,
            """
            foreach ($files as $file) {
                ↓Storage::disk('s3')->put($file->name, $file->contents);
            }
            """),
        .triggering(
            .php,
            """
            $paths->each(function ($p) {
                ↓Storage::delete($p);
            });
            """),
        .nonTriggering(
            .php,
            """
            $result = $s3->listObjectsV2(['Bucket' => $bucket]);
            """),
        .nonTriggering(
            .php,
            """
            foreach (['a', 'b'] as $k) {
                Storage::delete($k);
            }
            """),
        .nonTriggering(
            .php,
            """
            Storage::delete($paths->all());
            """),
        .triggering(
            .php,
            """
            foreach ($invoices as $invoice) {
                $pdf = ↓Storage::disk('gcs-archive')->get($invoice->path);
            }
            """),
        // Disks whose driver is the local filesystem read files on this machine.
        .nonTriggering(
            .php,
            """
            foreach ($locales as $locale) {
                $strings = Storage::disk('lang')->get($locale . '.json');
                $cached = Storage::disk('local')->exists("exports/{$locale}.csv");
            }
            """),
        // C#
        .triggering(
            .csharp,
            """
            foreach (var key in keys)
            {
                var obj = await ↓_s3.GetObjectAsync(bucket, key);
            }
            """),
        .triggering(
            .csharp,
            """
            foreach (var name in names)
            {
                await ↓container.GetBlobClient(name).DownloadContentAsync();
            }
            """),
        .triggering(
            .csharp,
            """
            var tasks = files.Select(f => ↓blobClient.UploadAsync(f.Stream));
            """),
        .nonTriggering(
            .csharp,
            """
            var listing = await _s3.ListObjectsV2Async(request);
            """),
        .nonTriggering(
            .csharp,
            """
            foreach (var k in new[] { "a", "b" })
            {
                await _s3.DeleteObjectAsync(bucket, k);
            }
            """),
        .nonTriggering(
            .csharp,
            """
            foreach (var o in listing.S3Objects)
            {
                Console.WriteLine(o.Key);
            }
            """),
        // Swift
        .triggering(
            .swift,
            """
            for key in keys {
                let obj = try await ↓s3.getObject(.init(bucket: bucket, key: key))
            }
            """),
        .triggering(
            .swift,
            """
            files.forEach { file in
                _ = ↓s3.putObject(.init(body: file.body, bucket: bucket, key: file.name))
            }
            """),
        .triggering(
            .swift,
            """
            for key in keys {
                _ = try await ↓s3Client.headObject(.init(bucket: bucket, key: key))
            }
            """),
        .nonTriggering(
            .swift,
            """
            let listing = try await s3.listObjectsV2(.init(bucket: bucket))
            """),
        .nonTriggering(
            .swift,
            """
            for key in ["a", "b"] {
                _ = try await s3.deleteObject(.init(bucket: bucket, key: key))
            }
            """),
        .nonTriggering(
            .swift,
            """
            for object in listing.contents ?? [] {
                print(object.key ?? "")
            }
            """),
    ]
}
