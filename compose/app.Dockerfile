# One image per Spring Boot exec jar (query side, gateway, simulator), built by Maven beforehand.
FROM eclipse-temurin:17.0.20.1_1-jre
ARG JAR
COPY ${JAR} /app/app.jar
USER 1000
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/app.jar"]
