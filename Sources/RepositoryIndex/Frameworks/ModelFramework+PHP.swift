extension ModelFramework {
    /// Eloquent: `class Reply extends Model`, `public function user() { return $this->belongsTo(User::class); }`.
    static let eloquent = ModelFramework(
        name: "eloquent", languages: [.php],
        modelBases: ["Model", "Authenticatable", "Pivot", "MorphPivot"],
        associationMethodCalls: [
            "belongsTo", "hasMany", "hasOne", "belongsToMany", "morphTo", "morphMany", "morphOne",
            "morphToMany", "morphedByMany", "hasManyThrough", "hasOneThrough",
        ])
}
