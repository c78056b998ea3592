extension ModelFramework {
    /// Eloquent: `class Reply extends Model`, `public function user() { return $this->belongsTo(User::class); }`.
    static let eloquent = ModelFramework(
        name: "eloquent", languages: [.php],
        modelBases: ["Model", "Authenticatable", "Pivot", "MorphPivot"],
        associationMethodCalls: [
            "belongsTo", "hasMany", "hasOne", "belongsToMany", "morphTo", "morphMany", "morphOne",
            "morphToMany", "morphedByMany", "hasManyThrough", "hasOneThrough",
        ],
        columnCalls: [
            "string": 0, "text": 0, "mediumText": 0, "longText": 0, "integer": 0, "bigInteger": 0,
            "unsignedInteger": 0, "unsignedBigInteger": 0, "boolean": 0, "date": 0, "dateTime": 0,
            "timestamp": 0, "decimal": 0, "float": 0, "double": 0, "json": 0, "uuid": 0, "char": 0,
        ])
}
