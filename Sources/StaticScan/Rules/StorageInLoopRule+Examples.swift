// MARK: - HF105 examples: the tests and the text of `hundredfold explain HF105`

extension StorageInLoopRule {
    static let examples: [RuleExample] =
        [
            // Python
            .triggering(
                .python,
                """
                s3 = boto3.client("s3")
                for key in keys:
                    obj = ↓s3.get_object(Bucket=bucket, Key=key)
                """),
            .triggering(
                .python,
                """
                for f in files:
                    ↓s3_client.upload_file(f.path, bucket, f.name)
                """),
            .triggering(
                .python,
                """
                bucket = storage.Client().bucket("b")
                blobs = [↓bucket.blob(n).download_as_bytes() for n in names]
                """),
            .nonTriggering(
                .python,
                """
                resp = s3.list_objects_v2(Bucket=bucket, Prefix="logs/")
                for obj in resp["Contents"]:
                    print(obj["Key"])
                """),
            .nonTriggering(
                .python,
                """
                for key in ("a.txt", "b.txt"):
                    s3.delete_object(Bucket=bucket, Key=key)
                """),
            .nonTriggering(
                .python,
                """
                s3.delete_objects(Bucket=bucket, Delete={"Objects": [{"Key": k} for k in keys]})
                """),
            // JavaScript
            .triggering(
                .javascript,
                """
                for (const key of keys) {
                  await ↓s3.send(new GetObjectCommand({ Bucket, Key: key }));
                }
                """),
            .triggering(
                .javascript,
                """
                await Promise.all(files.map((f) => ↓s3.putObject({ Bucket, Key: f.name, Body: f.data }).promise()));
                """),
            .triggering(
                .javascript,
                """
                const storage = new Storage();
                const bucket = storage.bucket("b");
                for (const name of names) {
                  await ↓bucket.file(name).download();
                }
                """),
            .nonTriggering(
                .javascript,
                """
                const listed = await s3.send(new ListObjectsV2Command({ Bucket, Prefix: "logs/" }));
                """),
            .nonTriggering(
                .javascript,
                """
                for (const key of ["a", "b"]) {
                  await s3.send(new DeleteObjectCommand({ Bucket, Key: key }));
                }
                """),
            .nonTriggering(
                .javascript,
                """
                await s3.send(new DeleteObjectsCommand({ Bucket, Delete: { Objects: keys.map((Key) => ({ Key })) } }));
                """),
            // TypeScript
            .triggering(
                .typescript,
                """
                for (const key of keys) {
                  const out: GetObjectCommandOutput = await ↓s3Client.send(new GetObjectCommand({ Bucket, Key: key }));
                }
                """),
            .triggering(
                .typescript,
                """
                const client: S3Client = new S3Client({});
                files.forEach((f: File) => ↓client.send(new PutObjectCommand({ Bucket, Key: f.name })));
                """),
            .triggering(
                .typescript,
                """
                for (const name of names) {
                  await ↓this.s3.headObject({ Bucket, Key: name });
                }
                """),
            .nonTriggering(
                .typescript,
                """
                const listed: ListObjectsV2CommandOutput = await s3Client.send(new ListObjectsV2Command({ Bucket }));
                """),
            .nonTriggering(
                .typescript,
                """
                for (const key of ["a", "b"]) {
                  await s3Client.send(new DeleteObjectCommand({ Bucket, Key: key }));
                }
                """),
            .nonTriggering(
                .typescript,
                """
                const keys: string[] = listed.Contents?.map((o) => o.Key ?? "") ?? [];
                """),
            // Ruby
            .triggering(
                .ruby,
                """
                s3 = Aws::S3::Client.new
                keys.each do |key|
                  ↓s3.get_object(bucket: "b", key: key)
                end
                """),
            .triggering(
                .ruby,
                """
                files.each { |f| ↓s3_client.put_object(bucket: "b", key: f.name, body: f.read) }
                """),
            .triggering(
                .ruby,
                """
                for key in keys
                  ↓s3.head_object(bucket: bucket, key: key)
                end
                """),
            .nonTriggering(
                .ruby,
                """
                resp = s3.list_objects_v2(bucket: "b", prefix: "logs/")
                resp.contents.each { |o| puts o.key }
                """),
            .nonTriggering(
                .ruby,
                """
                %w[a b].each { |k| s3.delete_object(bucket: "b", key: k) }
                """),
            .nonTriggering(
                .ruby,
                """
                s3.delete_objects(bucket: "b", delete: { objects: keys.map { |k| { key: k } } })
                """),
            // Go
            .triggering(
                .go,
                """
                for _, key := range keys {
                \tout, err := ↓s3Client.GetObject(ctx, &s3.GetObjectInput{Bucket: &bucket, Key: &key})
                }
                """),
            .triggering(
                .go,
                """
                svc := s3.NewFromConfig(cfg)
                for _, f := range files {
                \t↓svc.PutObject(ctx, input(f))
                }
                """),
            .triggering(
                .go,
                """
                client, _ := storage.NewClient(ctx)
                for i := range names {
                \tr, _ := ↓client.Bucket(b).Object(names[i]).NewReader(ctx)
                }
                """),
            .nonTriggering(
                .go,
                """
                out, err := s3Client.ListObjectsV2(ctx, &s3.ListObjectsV2Input{Bucket: &bucket})
                """),
            .nonTriggering(
                .go,
                """
                for _, k := range []string{"a", "b"} {
                \ts3Client.DeleteObject(ctx, del(k))
                }
                """),
            .nonTriggering(
                .go,
                """
                for _, obj := range out.Contents {
                \tfmt.Println(*obj.Key)
                }
                """),
        ] + moreExamples + elixir
}
