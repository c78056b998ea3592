package com.example.weather

class ForecastJob(private val weather: WeatherClient) {
    fun run(cities: List<String>): Map<String, String> {
        val out = mutableMapOf<String, String>()
        cities.forEach { city ->
            out[city] = weather.current(city)
        }
        return out
    }
}
