#!/usr/bin/env bash
# Packs what the GPU device check needs onto a machine with an NVIDIA GPU and its own PyTorch but no network and no
# Java: a jlink'ed Java 17 runtime, the CLI's jars (without JavaFX natives and the CPU libtorch), JNI headers and
# DJL 0.36.0's JNI sources, so that device-check.sh can build DJL's JNI against that PyTorch.
# Usage: DJL_SRC=/path/to/djl-git-checkout scripts/gpu/bundle.sh   (writes .gpu/bundle.tar.xz, about 50 MB)
set -euo pipefail
cd "$(dirname "$0")/../.."
: "${DJL_SRC:?set DJL_SRC to a git checkout of github.com/deepjavalibrary/djl (tag v0.36.0 is used)}"
JDK=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}
mvn -B -q -DskipTests package
W=$(mktemp -d); trap 'rm -rf "$W"' EXIT
"$JDK/bin/jlink" --add-modules java.base,java.compiler,java.instrument,java.management,java.naming,java.prefs,java.scripting,java.sql,jdk.net,jdk.unsupported,java.xml,java.logging,jdk.crypto.ec,jdk.zipfs \
  --strip-debug --no-man-pages --no-header-files --compress=2 --output "$W/jre"
mkdir -p "$W/jars/lib" "$W/jni-include" "$W/djlsrc"
cp app/target/app-0.1.0-SNAPSHOT.jar "$W/jars/"
for f in app/target/lib/*.jar; do
  case $(basename "$f") in pytorch-native-*|openjfx-monocle*) ;; *) cp "$f" "$W/jars/lib/" ;; esac
done
cp -r "$JDK/include/." "$W/jni-include/"
git -C "$DJL_SRC" archive v0.36.0 engines/pytorch/pytorch-native/CMakeLists.txt engines/pytorch/pytorch-native/src/main/native \
  api/src/main/native engines/pytorch/pytorch-engine/src/main/java | tar -x -C "$W/djlsrc"
N=$W/djlsrc/engines/pytorch/pytorch-native
mkdir -p "$N/build/include" "$W/classes"
"$JDK/bin/javac" -cp "app/target/lib/*" -sourcepath "$W/djlsrc/engines/pytorch/pytorch-engine/src/main/java" \
  "$W/djlsrc/engines/pytorch/pytorch-engine/src/main/java/ai/djl/pytorch/jni/PyTorchLibrary.java" -h "$N/build/include" -d "$W/classes"
rm -rf "$W/classes" "$W/djlsrc/engines/pytorch/pytorch-engine"
mkdir -p .gpu
tar -cJf .gpu/bundle.tar.xz -C "$W" jre jars jni-include djlsrc
ls -la .gpu/bundle.tar.xz
